using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class ServiceCodeQuotaSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "QuotaKey",
                schema: "provider",
                table: "service_codes",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                schema: "provider",
                table: "service_codes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_codes_QuotaKey_Slot",
                schema: "provider",
                table: "service_codes",
                columns: new[] { "QuotaKey", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_codes_QuotaKey_Slot",
                schema: "provider",
                table: "service_codes");

            migrationBuilder.DropColumn(
                name: "QuotaKey",
                schema: "provider",
                table: "service_codes");

            migrationBuilder.DropColumn(
                name: "Slot",
                schema: "provider",
                table: "service_codes");
        }
    }
}
