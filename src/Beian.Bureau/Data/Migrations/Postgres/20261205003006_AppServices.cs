using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AppServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_domains",
                schema: "bureau",
                table: "domains");

            migrationBuilder.AddColumn<string>(
                name: "App",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Type",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: false,
                defaultValue: "Website");

            // Names filed before this migration get their comparison key (R-APP-15); nothing was deployed, this is for sandboxes.
            migrationBuilder.Sql("UPDATE bureau.websites SET \"NameKey\" = upper(trim(\"Name\"))");

            migrationBuilder.AddPrimaryKey(
                name: "PK_domains",
                schema: "bureau",
                table: "domains",
                columns: new[] { "Domain", "WebsiteId" });

            migrationBuilder.CreateTable(
                name: "app_features",
                schema: "bureau",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_features", x => new { x.Key, x.WebsiteId });
                    table.ForeignKey(
                        name: "FK_app_features_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalSchema: "bureau",
                        principalTable: "websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_websites_NameKey",
                schema: "bureau",
                table: "websites",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_app_features_WebsiteId",
                schema: "bureau",
                table: "app_features",
                column: "WebsiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_features",
                schema: "bureau");

            migrationBuilder.DropIndex(
                name: "IX_websites_NameKey",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropPrimaryKey(
                name: "PK_domains",
                schema: "bureau",
                table: "domains");

            migrationBuilder.DropColumn(
                name: "App",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "NameKey",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "Type",
                schema: "bureau",
                table: "websites");

            migrationBuilder.AddPrimaryKey(
                name: "PK_domains",
                schema: "bureau",
                table: "domains",
                column: "Domain");
        }
    }
}
