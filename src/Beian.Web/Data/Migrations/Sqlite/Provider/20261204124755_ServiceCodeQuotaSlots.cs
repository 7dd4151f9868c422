using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class ServiceCodeQuotaSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "QuotaKey",
                table: "provider_service_codes",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                table: "provider_service_codes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_service_codes_QuotaKey_Slot",
                table: "provider_service_codes",
                columns: new[] { "QuotaKey", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_provider_service_codes_QuotaKey_Slot",
                table: "provider_service_codes");

            migrationBuilder.DropColumn(
                name: "QuotaKey",
                table: "provider_service_codes");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "provider_service_codes");
        }
    }
}
