using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NationalDataId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DataId",
                table: "bureau_websites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_DataId",
                table: "bureau_websites",
                column: "DataId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bureau_websites_DataId",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "DataId",
                table: "bureau_websites");
        }
    }
}
