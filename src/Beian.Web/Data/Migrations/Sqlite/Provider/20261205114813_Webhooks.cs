using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DueNoticeAt",
                table: "provider_inspection_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "provider_case_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_case_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "provider_service_code_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Issued = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_service_code_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "provider_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WindowFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_webhook_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_webhook_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_webhook_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    Secret = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousSecret = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousSecretUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_webhook_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_events_At",
                table: "provider_record_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_provider_order_events_At",
                table: "provider_order_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_provider_case_events_At",
                table: "provider_case_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_provider_service_code_events_At",
                table: "provider_service_code_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_deliveries_EventId_SubscriptionId",
                table: "provider_webhook_deliveries",
                columns: new[] { "EventId", "SubscriptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_deliveries_State_NextAttemptAt",
                table: "provider_webhook_deliveries",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_deliveries_SubscriptionId_CreatedAt",
                table: "provider_webhook_deliveries",
                columns: new[] { "SubscriptionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_events_AccountId_OccurredAt",
                table: "provider_webhook_events",
                columns: new[] { "AccountId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_events_Source_SourceSequence_SourceId",
                table: "provider_webhook_events",
                columns: new[] { "Source", "SourceSequence", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_webhook_subscriptions_AccountId",
                table: "provider_webhook_subscriptions",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_case_events");

            migrationBuilder.DropTable(
                name: "provider_service_code_events");

            migrationBuilder.DropTable(
                name: "provider_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "provider_webhook_events");

            migrationBuilder.DropTable(
                name: "provider_webhook_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_provider_record_events_At",
                table: "provider_record_events");

            migrationBuilder.DropIndex(
                name: "IX_provider_order_events_At",
                table: "provider_order_events");

            migrationBuilder.DropColumn(
                name: "DueNoticeAt",
                table: "provider_inspection_cases");
        }
    }
}
