using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class AccountRealName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RealName",
                schema: "provider",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RealNameKind",
                schema: "provider",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RealNameVerifiedAt",
                schema: "provider",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RealName",
                schema: "provider",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RealNameKind",
                schema: "provider",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RealNameVerifiedAt",
                schema: "provider",
                table: "AspNetUsers");
        }
    }
}
