using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class CommercialWebsites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommercialLicence",
                schema: "provider",
                table: "record_websites",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedIp",
                schema: "provider",
                table: "record_websites",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommercialLicence",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.DropColumn(
                name: "ReportedIp",
                schema: "provider",
                table: "record_websites");
        }
    }
}
