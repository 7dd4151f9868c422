using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class StaffAccountsAndSignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DisabledAt",
                table: "provider_AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "provider_AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "provider_sign_in_failures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_sign_in_failures_FirstAt",
                table: "provider_sign_in_failures",
                column: "FirstAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_sign_in_failures");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "provider_AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "provider_AspNetUsers");
        }
    }
}
