using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class AppServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_record_domains",
                schema: "provider",
                table: "record_domains");

            migrationBuilder.AddColumn<string>(
                name: "Type",
                schema: "provider",
                table: "record_websites",
                type: "text",
                nullable: false,
                defaultValue: "Website");

            migrationBuilder.AddPrimaryKey(
                name: "PK_record_domains",
                schema: "provider",
                table: "record_domains",
                columns: new[] { "Domain", "WebsiteId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_record_domains",
                schema: "provider",
                table: "record_domains");

            migrationBuilder.DropColumn(
                name: "Type",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.AddPrimaryKey(
                name: "PK_record_domains",
                schema: "provider",
                table: "record_domains",
                column: "Domain");
        }
    }
}
