using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class StaffAccountsAndSignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                schema: "provider",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                schema: "provider",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "sign_in_failures",
                schema: "provider",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_failures_FirstAt",
                schema: "provider",
                table: "sign_in_failures",
                column: "FirstAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_failures",
                schema: "provider");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                schema: "provider",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                schema: "provider",
                table: "AspNetUsers");
        }
    }
}
