using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Bureau
{
    /// <inheritdoc />
    public partial class SmsResendLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastResendAt",
                schema: "bureau",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResendDay",
                schema: "bureau",
                table: "applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResendsThatDay",
                schema: "bureau",
                table: "applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastResendAt",
                schema: "bureau",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ResendDay",
                schema: "bureau",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ResendsThatDay",
                schema: "bureau",
                table: "applications");
        }
    }
}
