using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class RecordChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WebsiteIcpNumber",
                schema: "provider",
                table: "service_codes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetIcpNumber",
                schema: "provider",
                table: "orders",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WebsiteIcpNumber",
                schema: "provider",
                table: "service_codes");

            migrationBuilder.DropColumn(
                name: "TargetIcpNumber",
                schema: "provider",
                table: "orders");
        }
    }
}
