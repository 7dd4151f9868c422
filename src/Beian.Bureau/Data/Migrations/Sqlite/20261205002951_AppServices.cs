using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_bureau_domains",
                table: "bureau_domains");

            migrationBuilder.AddColumn<string>(
                name: "App",
                table: "bureau_websites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "bureau_websites",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "bureau_websites",
                type: "TEXT",
                nullable: false,
                defaultValue: "Website");

            // Names filed before this migration get their comparison key (R-APP-15); nothing was deployed, this is for sandboxes.
            migrationBuilder.Sql("UPDATE bureau_websites SET \"NameKey\" = upper(trim(\"Name\"))");

            migrationBuilder.AddPrimaryKey(
                name: "PK_bureau_domains",
                table: "bureau_domains",
                columns: new[] { "Domain", "WebsiteId" });

            migrationBuilder.CreateTable(
                name: "bureau_app_features",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_app_features", x => new { x.Key, x.WebsiteId });
                    table.ForeignKey(
                        name: "FK_bureau_app_features_bureau_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalTable: "bureau_websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_NameKey",
                table: "bureau_websites",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_app_features_WebsiteId",
                table: "bureau_app_features",
                column: "WebsiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bureau_app_features");

            migrationBuilder.DropIndex(
                name: "IX_bureau_websites_NameKey",
                table: "bureau_websites");

            migrationBuilder.DropPrimaryKey(
                name: "PK_bureau_domains",
                table: "bureau_domains");

            migrationBuilder.DropColumn(
                name: "App",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "bureau_websites");

            migrationBuilder.AddPrimaryKey(
                name: "PK_bureau_domains",
                table: "bureau_domains",
                column: "Domain");
        }
    }
}
