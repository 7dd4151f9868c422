using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class AppServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_provider_record_domains",
                table: "provider_record_domains");

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "provider_record_websites",
                type: "TEXT",
                nullable: false,
                defaultValue: "Website");

            migrationBuilder.AddPrimaryKey(
                name: "PK_provider_record_domains",
                table: "provider_record_domains",
                columns: new[] { "Domain", "WebsiteId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_provider_record_domains",
                table: "provider_record_domains");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "provider_record_websites");

            migrationBuilder.AddPrimaryKey(
                name: "PK_provider_record_domains",
                table: "provider_record_domains",
                column: "Domain");
        }
    }
}
