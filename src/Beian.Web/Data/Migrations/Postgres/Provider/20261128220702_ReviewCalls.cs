using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class ReviewCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CallAnswered",
                schema: "provider",
                table: "orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextCallAt",
                schema: "provider",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnansweredCalls",
                schema: "provider",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallAnswered",
                schema: "provider",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "NextCallAt",
                schema: "provider",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "UnansweredCalls",
                schema: "provider",
                table: "orders");
        }
    }
}
