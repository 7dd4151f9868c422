#!/usr/bin/env bash
# A first filing (首次备案) over the API, from registration to the public query, against a platform started with
# `dotnet run --project src/Beian.Web` (sandbox mode, demo data). Needs curl and jq. Run it, or follow it line by line.
set -euo pipefail
B=${B:-http://127.0.0.1:5080}
J='content-type: application/json'
EMAIL=${EMAIL:-zhangsan-$RANDOM@example.com}
PW='Kite#Ledger-7341'   # the applicant's own; the demo accounts' published Beian@2026 is on the common-password list
DEMO_PW='Beian@2026'
login() { curl -sf -X POST "$B/api/accounts/login" -H "$J" -d "{\"email\":\"$1\",\"password\":\"${2:-$PW}\"}" | jq -r .accessToken; }

# 1. Register an applicant account; the sandbox admin "sells" it cloud instances.
curl -sf -X POST "$B/api/accounts/register" -H "$J" -d "{\"email\":\"$EMAIL\",\"password\":\"$PW\",\"displayName\":\"张三\"}" >/dev/null
ADMIN=$(login admin@demo.beian "$DEMO_PW")
curl -sf -X POST "$B/api/sandbox/accounts/$EMAIL/instances" -H "authorization: Bearer $ADMIN"
ME=$(login "$EMAIL")

# 2. Apply for a filing service code (备案服务码) on a mainland instance.
INSTANCE=$(curl -sf "$B/api/instances" -H "authorization: Bearer $ME" | jq -r '[.[] | select(.mainland and .codesLeft > 0)][0].id')
CODE=$(curl -sf -X POST "$B/api/instances/$INSTANCE/service-codes" -H "authorization: Bearer $ME" | jq -r .value)
echo "service code: $CODE"

# 3. Basic-information check (基础信息校验): the platform decides the filing type and keeps a draft.
DOMAIN=zhangsan-$RANDOM.cn
ID_NUMBER=11010519491231002X
ORDER=$(curl -sf -X POST "$B/api/orders" -H "authorization: Bearer $ME" -H "$J" -d "{
  \"provinceCode\":\"11\",\"nature\":\"Individual\",\"certificateType\":\"居民身份证\",\"certificateNumber\":\"$ID_NUMBER\",
  \"name\":\"张三\",\"certificateAddress\":\"北京市海淀区中关村大街1号\",\"domains\":[\"$DOMAIN\"]}")
ORDER_ID=$(echo "$ORDER" | jq -r .id); ORDER_NO=$(echo "$ORDER" | jq -r .number)
echo "order $ORDER_NO: $(echo "$ORDER" | jq -r .typeName)"

# 4. Subject, website and principals (主办者信息, 网站信息), then submit (提交备案).
PRINCIPAL="{\"name\":\"张三\",\"certificateType\":\"居民身份证\",\"certificateNumber\":\"$ID_NUMBER\",\"mobile\":\"13800138000\",\"emergencyPhone\":\"13900139000\",\"email\":\"$EMAIL\"}"
curl -sf -X PUT "$B/api/orders/$ORDER_ID/draft" -H "authorization: Bearer $ME" -H "$J" -d "{
  \"subject\":{\"provinceCode\":\"11\",\"nature\":\"Individual\",\"certificateType\":\"居民身份证\",\"certificateNumber\":\"$ID_NUMBER\",
    \"name\":\"张三\",\"certificateAddress\":\"北京市海淀区中关村大街1号\",\"principal\":$PRINCIPAL},
  \"websites\":[{\"name\":\"张三的技术博客\",\"domains\":[\"$DOMAIN\"],\"serviceCode\":\"$CODE\",\"principal\":$PRINCIPAL}]}" >/dev/null
# Upload each principal's ID (上传资料; JPG/PNG/GIF, 200 KB–4 MB): here a stand-in photo, once per role.
PHOTO=$(mktemp --suffix=.jpg); printf '\xff\xd8\xff\xe0' > "$PHOTO"; head -c 215040 /dev/zero >> "$PHOTO"
for ROLE in subject.principal 'websites[0].principal'; do
  curl -sf -X POST "$B/api/orders/$ORDER_ID/documents" -H "authorization: Bearer $ME" \
    -F "file=@$PHOTO;type=image/jpeg" -F kind=principal-id -F "role=$ROLE" >/dev/null
done
curl -sf "$B/api/orders/$ORDER_ID/findings" -H "authorization: Bearer $ME" | jq -r '"findings: \(.blocking) blocking, \(.warnings) warnings"'
curl -sf -X POST "$B/api/orders/$ORDER_ID/submit" -H "authorization: Bearer $ME" | jq -r '"state: " + .stateName'

# 5. The provider's reviewer takes the order, reaches the principal by phone (初审电话) and approves it; the system
#    forwards it to the bureau (管局).
REVIEWER=$(login reviewer@demo.beian "$DEMO_PW")
curl -sf -X POST "$B/api/review/orders/$ORDER_ID/pick-up" -H "authorization: Bearer $REVIEWER" >/dev/null
curl -sf -X POST "$B/api/review/orders/$ORDER_ID/calls" -H "authorization: Bearer $REVIEWER" -H "$J" -d '{"answered":true,"note":"已核实姓名、域名与证件号码"}' >/dev/null
curl -sf -X POST "$B/api/review/orders/$ORDER_ID/approve" -H "authorization: Bearer $REVIEWER" -H "$J" -d '{"remark":"电话核验通过"}' | jq -r '"state: " + .stateName'

# 6. MIIT texts the principal a code; in sandbox mode the development outbox shows it. Verify it (短信核验).
SMS=$(curl -sf "$B/api/sandbox/outbox" -H "authorization: Bearer $ADMIN" | jq -r '[.[] | select(.side=="miit" and .to=="138****8000")][0].body')
SMS_CODE=$(echo "$SMS" | grep -o '核验码为[0-9]\{6\}' | grep -o '[0-9]\{6\}')
curl -sf -X POST "$B/api/miit/sms-verification" -H "$J" -d "{\"mobile\":\"13800138000\",\"idLastSix\":\"${ID_NUMBER: -6}\",\"code\":\"$SMS_CODE\"}" | jq -r .message

# 7. The bureau operator approves; numbers are issued in the national record.
BUREAU=$(login bureau@demo.beian "$DEMO_PW")
APP=$(curl -sf "$B/api/bureau/applications?state=InReview" -H "authorization: Bearer $BUREAU" | jq -r "[.[] | select(.orderNumber==\"$ORDER_NO\")][0].id")
curl -sf -X POST "$B/api/bureau/applications/$APP/approve" -H "authorization: Bearer $BUREAU"

# 8. The provider learns of it after the sync lag (1 minute in the demo): move the sandbox clock on and sweep now.
curl -sf -X POST "$B/api/sandbox/clock/advance" -H "authorization: Bearer $ADMIN" -H "$J" -d '{"minutes":2}' >/dev/null
curl -sf -X POST "$B/api/sandbox/sweep" -H "authorization: Bearer $ADMIN"
ME=$(login "$EMAIL")
curl -sf "$B/api/orders/$ORDER_ID" -H "authorization: Bearer $ME" | jq -r '"state: " + .stateName + ", numbers: " + (.websiteIcpNumbers | join(", "))'

# 9. Anyone can find the record in the public query (ICP备案查询).
curl -sf "$B/api/miit/records?domain=$DOMAIN" | jq -r '.[] | .subjectName + "  " + .websiteIcpNumber + "  " + .homepage'
