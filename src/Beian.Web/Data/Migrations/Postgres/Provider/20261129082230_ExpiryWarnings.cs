using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class ExpiryWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiryWarningDueAt",
                schema: "provider",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpiryWarningsSent",
                schema: "provider",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_orders_ExpiryWarningDueAt",
                schema: "provider",
                table: "orders",
                column: "ExpiryWarningDueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_ExpiryWarningDueAt",
                schema: "provider",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ExpiryWarningDueAt",
                schema: "provider",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ExpiryWarningsSent",
                schema: "provider",
                table: "orders");
        }
    }
}
