using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class ReviewCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CallAnswered",
                table: "provider_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NextCallAt",
                table: "provider_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnansweredCalls",
                table: "provider_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallAnswered",
                table: "provider_orders");

            migrationBuilder.DropColumn(
                name: "NextCallAt",
                table: "provider_orders");

            migrationBuilder.DropColumn(
                name: "UnansweredCalls",
                table: "provider_orders");
        }
    }
}
