using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class ExpiryWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExpiryWarningDueAt",
                table: "provider_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpiryWarningsSent",
                table: "provider_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_ExpiryWarningDueAt",
                table: "provider_orders",
                column: "ExpiryWarningDueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_provider_orders_ExpiryWarningDueAt",
                table: "provider_orders");

            migrationBuilder.DropColumn(
                name: "ExpiryWarningDueAt",
                table: "provider_orders");

            migrationBuilder.DropColumn(
                name: "ExpiryWarningsSent",
                table: "provider_orders");
        }
    }
}
