using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Bureau
{
    /// <inheritdoc />
    public partial class BureauReviewClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewDueAt",
                schema: "bureau",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectCertificateIndex",
                schema: "bureau",
                table: "applications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_applications_State_ReviewDueAt",
                schema: "bureau",
                table: "applications",
                columns: new[] { "State", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_SubjectCertificateIndex",
                schema: "bureau",
                table: "applications",
                column: "SubjectCertificateIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_State_ReviewDueAt",
                schema: "bureau",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_SubjectCertificateIndex",
                schema: "bureau",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                schema: "bureau",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SubjectCertificateIndex",
                schema: "bureau",
                table: "applications");
        }
    }
}
