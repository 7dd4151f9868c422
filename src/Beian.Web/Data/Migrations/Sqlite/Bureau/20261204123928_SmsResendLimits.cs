using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Bureau
{
    /// <inheritdoc />
    public partial class SmsResendLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastResendAt",
                table: "bureau_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResendDay",
                table: "bureau_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResendsThatDay",
                table: "bureau_applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastResendAt",
                table: "bureau_applications");

            migrationBuilder.DropColumn(
                name: "ResendDay",
                table: "bureau_applications");

            migrationBuilder.DropColumn(
                name: "ResendsThatDay",
                table: "bureau_applications");
        }
    }
}
