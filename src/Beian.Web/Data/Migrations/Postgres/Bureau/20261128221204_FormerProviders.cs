using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Bureau
{
    /// <inheritdoc />
    public partial class FormerProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormerProviders",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: false,
                defaultValue: "[]"); // existing websites have no former providers: an empty JSON list
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormerProviders",
                schema: "bureau",
                table: "websites");
        }
    }
}
