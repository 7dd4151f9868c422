using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class PublicSecurityFiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LaunchedOn",
                schema: "provider",
                table: "record_websites",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicSecurityFooter",
                schema: "provider",
                table: "record_websites",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicSecurityNumber",
                schema: "provider",
                table: "record_websites",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublicSecurityReminders",
                schema: "provider",
                table: "record_websites",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_record_websites_PublicSecurityReminders_ApprovedAt",
                schema: "provider",
                table: "record_websites",
                columns: new[] { "PublicSecurityReminders", "ApprovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_record_websites_PublicSecurityReminders_ApprovedAt",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.DropColumn(
                name: "LaunchedOn",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityFooter",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityNumber",
                schema: "provider",
                table: "record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityReminders",
                schema: "provider",
                table: "record_websites");
        }
    }
}
