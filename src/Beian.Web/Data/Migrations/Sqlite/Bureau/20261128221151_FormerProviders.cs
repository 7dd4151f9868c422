using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Bureau
{
    /// <inheritdoc />
    public partial class FormerProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormerProviders",
                table: "bureau_websites",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // existing websites have no former providers: an empty JSON list
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormerProviders",
                table: "bureau_websites");
        }
    }
}
