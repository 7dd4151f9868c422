using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class PublicSecurityFiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LaunchedOn",
                table: "provider_record_websites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicSecurityFooter",
                table: "provider_record_websites",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicSecurityNumber",
                table: "provider_record_websites",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublicSecurityReminders",
                table: "provider_record_websites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_websites_PublicSecurityReminders_ApprovedAt",
                table: "provider_record_websites",
                columns: new[] { "PublicSecurityReminders", "ApprovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_provider_record_websites_PublicSecurityReminders_ApprovedAt",
                table: "provider_record_websites");

            migrationBuilder.DropColumn(
                name: "LaunchedOn",
                table: "provider_record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityFooter",
                table: "provider_record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityNumber",
                table: "provider_record_websites");

            migrationBuilder.DropColumn(
                name: "PublicSecurityReminders",
                table: "provider_record_websites");
        }
    }
}
