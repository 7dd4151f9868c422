using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalDataId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DataId",
                schema: "bureau",
                table: "websites",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_websites_DataId",
                schema: "bureau",
                table: "websites",
                column: "DataId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_websites_DataId",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "DataId",
                schema: "bureau",
                table: "websites");
        }
    }
}
