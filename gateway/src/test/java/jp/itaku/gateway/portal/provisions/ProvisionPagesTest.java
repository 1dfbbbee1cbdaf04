package jp.itaku.gateway.portal.provisions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provision pages rendered from what provision-service answers ({@link ProvisionServiceStub} plays it). */
@QuarkusTest
@TestProfile(ProvisionPagesTest.WithProvisionStub.class)
class ProvisionPagesTest {

    /** Its own upstream: the suite's UpstreamServer points provisions at a closed port. */
    public static class WithProvisionStub implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ItakuTestResources.class), new TestResourceEntry(ProvisionServiceStub.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String DRAFT = ProvisionServiceStub.DRAFT;

    private static String token(String role) {
        return TestTokens.user("sho-" + role).tenant("demo-sho").roles(role).sign();
    }

    @Test
    void editPageShowsEachMissingAgreementItemBesideItsFieldWithTheDraftKept() {
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions/" + DRAFT + "/edit")
                .then().statusCode(200)
                .body(allOf(
                        matchesPattern("(?s).*id=\"businessLegalBasis-error\">「利用する業務の根拠法令」が入力されていません。</p>.*"),
                        matchesPattern("(?s).*id=\"recordItems-error\">「利用する記録項目」が入力されていません。</p>.*"),
                        matchesPattern("(?s).*<textarea id=\"purposeOfUse\"[^>]*>疫学研究のための統計分析</textarea>.*"),
                        not(containsString("id=\"purposeOfUse-error\"")),
                        containsString("value=\"" + ProvisionServiceStub.RECIPIENT + "\" selected"),
                        // the recipient's name is the service's data: escaped
                        containsString("株式会社&lt;提供先&gt;"),
                        containsString("個人情報の保護に関する法律第69条第2項第4号")));
    }

    @Test
    void refusedDraftComesBackWithTheServicesMessagesBesideTheFieldsAndWhatWasTyped() {
        Response form = given().auth().oauth2(token("procurement-officer")).when().get("/provisions/new");
        form.then().statusCode(200);
        Matcher csrf = CSRF_FIELD.matcher(form.asString());
        assertTrue(csrf.find());
        given().auth().oauth2(token("procurement-officer")).redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie("itaku-csrf", form.getCookie("itaku-csrf")).formParam("csrf-token", csrf.group(1))
                .formParam("title", "").formParam("division", "総務課").formParam("recipientId", ProvisionServiceStub.RECIPIENT)
                .formParam("periodStart", "2027-04-01").formParam("periodEnd", "2026-03-31")
                .formParam("purposeOfUse", "統計<分析>").formParam("measuresNecessary", "")
                .when().post("/provisions/new")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"title-error\">件名を入力してください。</p>"),
                        containsString("id=\"periodEnd-error\">提供期間の終了日は開始日以降の日付を指定してください。</p>"),
                        containsString("value=\"2027-04-01\""), containsString(">統計&lt;分析&gt;</textarea>"),
                        containsString("id=\"form-alert\">入力内容を確認してください。")));
        String sent = ProvisionServiceStub.RECEIVED.stream().filter(b -> b.startsWith("POST /api/provisions {"))
                .reduce((a, b) -> b).orElseThrow();
        // what the typed client sent: nulls for the blanks, ISO dates, the recipient's id
        assertTrue(sent.contains("\"title\":null") && sent.contains("\"periodEnd\":\"2026-03-31\"")
                && sent.contains("\"recipientId\":\"" + ProvisionServiceStub.RECIPIENT + "\"")
                && sent.contains("\"regular\":false") && sent.contains("\"measuresNecessary\":null"), sent);
    }

    @Test
    void malformedDateIsAJapaneseErrorBesideTheFieldAndNothingIsSent() {
        Response form = given().auth().oauth2(token("procurement-officer")).when().get("/provisions/new");
        Matcher csrf = CSRF_FIELD.matcher(form.asString());
        assertTrue(csrf.find());
        long before = ProvisionServiceStub.RECEIVED.size();
        given().auth().oauth2(token("procurement-officer")).redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie("itaku-csrf", form.getCookie("itaku-csrf")).formParam("csrf-token", csrf.group(1))
                .formParam("title", "住民健診").formParam("periodStart", "令和8年4月1日")
                .when().post("/provisions/new")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"periodStart-error\">日付は「2026-04-01」の形式（年-月-日）で入力してください。</p>"),
                        containsString("value=\"令和8年4月1日\""), containsString("value=\"住民健診\"")));
        assertEquals(before, ProvisionServiceStub.RECEIVED.size());
    }

    @Test
    void refusedIssueNamesEveryMissingItemOnTheProvisionPage() {
        Response page = given().auth().oauth2(token("protection-manager")).when().get("/provisions/" + DRAFT);
        page.then().statusCode(200).body(allOf(containsString("id=\"issue-form\""), containsString("第1版を交付する"),
                // the article the agency's setting gives, shown before issuing
                matchesPattern("(?s).*id=\"issue-cites\">[^<]*<strong>個人情報の保護に関する法律第69条第2項第4号</strong>.*")));
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        assertTrue(csrf.find());
        given().auth().oauth2(token("protection-manager")).redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie("itaku-csrf", page.getCookie("itaku-csrf")).formParam("csrf-token", csrf.group(1))
                .when().post("/provisions/" + DRAFT + "/agreements")
                .then().statusCode(422)
                .body(allOf(containsString("id=\"issue-alert\">次の事項が入力されていないため書面を交付できません：利用する業務の根拠法令、利用する記録項目"),
                        containsString("<li>「利用する業務の根拠法令」が入力されていません。</li>")));
    }

    @Test
    void eachRoleSeesOnlyWhatProvisionServiceLetsItDo() {
        given().auth().oauth2(token("auditor")).when().get("/provisions/" + DRAFT)
                .then().statusCode(200)
                .body(allOf(containsString("id=\"missing-items\""), not(containsString("id=\"issue-form\"")),
                        not(containsString("id=\"provision-edit\"")), not(containsString("id=\"investigation-form\"")),
                        not(containsString("id=\"safety-form\"")), not(containsString("id=\"improvement-form\""))));
        given().auth().oauth2(token("inspector")).when().get("/provisions/" + DRAFT)
                .then().statusCode(200)
                .body(allOf(containsString("id=\"investigation-form\""), containsString("id=\"improvement-form\""),
                        not(containsString("id=\"issue-form\"")), not(containsString("id=\"safety-form\""))));
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions/" + DRAFT)
                .then().statusCode(200)
                .body(allOf(containsString("id=\"provision-edit\""), containsString("id=\"safety-form\""),
                        not(containsString("id=\"issue-form\"")), not(containsString("id=\"investigation-form\""))));
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions")
                .then().statusCode(200).body(containsString("id=\"provision-new\""));
        given().auth().oauth2(token("inspector")).when().get("/provisions")
                .then().statusCode(200).body(not(containsString("id=\"provision-new\"")));
    }

    @Test
    void contractorGetsTheRolePageAndNoProvisionNavigation() {
        String contractor = TestTokens.contractor("demo-sho", "org-alpha");
        given().auth().oauth2(contractor).when().get("/provisions")
                .then().statusCode(403).body(containsString("次のいずれかのロールが必要です: 調達担当者"));
        // the home page calls no service: its navigation is the portal's own
        given().auth().oauth2(contractor).when().get("/")
                .then().statusCode(200).body(allOf(containsString("href=\"/incidents\""),
                        not(containsString("href=\"/provisions\"")), not(containsString("href=\"/provisions/register\""))));
        given().auth().oauth2(token("inspector")).when().get("/provisions/register")
                .then().statusCode(200).body(allOf(containsString("<a href=\"/provisions\">提供</a>"),
                        containsString("<a href=\"/provisions/register\">提供台帳</a>")));
    }

    @Test
    void anotherAgencysProvisionIsANotFoundPage() {
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions/" + ProvisionServiceStub.FOREIGN)
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("提供が見つかりません。"));
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions/not-a-uuid")
                .then().statusCode(404).body(containsString("見つかりません"));
    }

    @Test
    void registerListsTheRowsWithItsDownloads() {
        given().auth().oauth2(token("auditor")).when().get("/provisions/register?division=総務課")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"register-" + DRAFT + "\""), containsString("株式会社提供先"),
                        containsString("href=\"/provisions/register/csv?division=%E7%B7%8F%E5%8B%99%E8%AA%B2\""),
                        containsString("第1版")));
    }

    /**
     * The states, types, items of the provision rule, timings and results with their labels are provision-service's
     * vocabulary, in the page's language.
     */
    @Test
    void codesAreLabelledFromProvisionServicesVocabularyInThePagesLanguage() {
        String list = given().auth().oauth2(token("procurement-officer")).cookie("itaku-lang", "en")
                .when().get("/provisions?state=PROVIDING").then().statusCode(200).extract().asString();
        assertTrue(list.contains("<option value=\"DRAFT\" >Draft</option>"), list);
        assertTrue(list.contains("<option value=\"PROVIDING\" selected>Providing</option>"), list);
        assertTrue(list.contains("<span class=\"badge state\">Draft</span>"), list);
        assertTrue(list.contains("(Private business or individual)"), list);
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions?state=NO_SUCH_STATE")
                .then().statusCode(200).body(allOf(containsString("<option value=\"ENDED\" >終了</option>"),
                        containsString("<span class=\"badge state\">起案</span>"), not(containsString("selected"))));

        String detail = given().auth().oauth2(token("inspector")).cookie("itaku-lang", "en")
                .when().get("/provisions/" + DRAFT).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("<option value=\"BEFORE_PROVISION\" >Before provision</option>"), detail);
        assertTrue(detail.contains("<option value=\"IMPROVEMENT_REQUIRED\" >Improvement required</option>"), detail);
        given().auth().oauth2(token("inspector")).when().get("/provisions/" + DRAFT).then().statusCode(200)
                .body(allOf(containsString("<option value=\"AT_ANY_TIME\" >随時</option>"),
                        containsString("<option value=\"SATISFACTORY\" >適切</option>")));

        given().auth().oauth2(token("procurement-officer")).cookie("itaku-lang", "en")
                .when().get("/provisions/new").then().statusCode(200)
                .body(allOf(containsString("<option value=\"ITEM_3\" >Item 3 (to public bodies): 個人情報の保護に関する法律第69条第2項第3号</option>"),
                        containsString("<option value=\"ITEM_4\" >Item 4 (to others): 個人情報の保護に関する法律第69条第2項第4号</option>")));
        given().auth().oauth2(token("procurement-officer")).when().get("/provisions/new").then().statusCode(200)
                .body(containsString("<option value=\"ITEM_4\" >第4号（それ以外の者への提供）: 個人情報の保護に関する法律第69条第2項第4号</option>"));

        given().auth().oauth2(token("procurement-officer")).cookie("itaku-lang", "en")
                .when().get("/provisions/recipients/new").then().statusCode(200)
                .body(allOf(containsString("<option value=\"LOCAL_GOVERNMENT\" >Local government or local IAA</option>"),
                        not(containsString("地方公共団体"))));
    }

    @Test
    void englishCookieSwitchesThePagesOwnWords() {
        given().auth().oauth2(token("protection-manager")).cookie("itaku-lang", "en").when().get("/provisions/" + DRAFT)
                .then().statusCode(200)
                .body(allOf(containsString("Issue version 1"), containsString("What the agreement states (第8-1)"),
                        containsString("Recipient&#39;s purpose of use"), not(containsString("第1版を交付する")),
                        // the service's own words stay as stored
                        containsString("「利用する業務の根拠法令」が入力されていません。")));
    }

    /** What the stub sends that the pages show as it is; once it is taken out, no full-width punctuation is left. */
    private static String withoutData(String html) {
        return html.replace("民間事業者・個人", " ");
    }

    @Test
    void englishProvisionPagesUseAsciiPunctuationAndJapaneseStaysFullWidth() {
        String detail = given().auth().oauth2(token("protection-manager")).cookie("itaku-lang", "en")
                .when().get("/provisions/" + DRAFT).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("株式会社&lt;提供先&gt; (Private business or individual)"), detail);
        assertTrue(detail.contains("個人情報の保護に関する法律第69条第2項第4号 (個人情報の保護に関する法律)"), detail);
        assertTrue(detail.contains("行政機関 / 個人情報の保護に関する法律"), detail);
        String list = given().auth().oauth2(token("protection-manager")).cookie("itaku-lang", "en")
                .when().get("/provisions").then().statusCode(200).extract().asString();
        assertTrue(list.contains("デモ省 (行政機関 / 個人情報の保護に関する法律)"), list);
        String register = given().auth().oauth2(token("auditor")).cookie("itaku-lang", "en")
                .when().get("/provisions/register").then().statusCode(200).extract().asString();
        assertTrue(register.contains("CSV (Excel)") && register.contains("2026-04-01 – 2027-03-31"), register);
        for (String html : List.of(detail, list, register)) {
            String rest = withoutData(html);
            for (String mark : List.of("（", "）", "・", "〜")) {
                assertTrue(!rest.contains(mark), "full-width " + mark + " left in English: "
                        + rest.substring(Math.max(0, rest.indexOf(mark) - 80), Math.min(rest.length(), rest.indexOf(mark) + 80)));
            }
        }
        given().auth().oauth2(token("protection-manager")).when().get("/provisions/" + DRAFT)
                .then().statusCode(200).body(allOf(containsString("株式会社&lt;提供先&gt;（民間事業者・個人）"),
                        containsString("行政機関・個人情報の保護に関する法律")));
        given().auth().oauth2(token("auditor")).when().get("/provisions/register")
                .then().statusCode(200).body(allOf(containsString("CSV（Excel）"), containsString("2026-04-01 〜 2027-03-31")));
    }

    @Test
    void anAnswerThatIsNoProblemOrNoProvisionIsAnErrorPageInThePagesLanguage() {
        given().auth().oauth2(token("protection-manager")).cookie("itaku-lang", "en")
                .when().get("/provisions/" + ProvisionServiceStub.PROXY_ERROR)
                .then().statusCode(500).contentType(containsString("text/html"))
                .body(allOf(containsString("Error (HTTP 500)"), containsString("The service gave an unexpected answer."),
                        not(containsString("エラー")), not(containsString("予期しない"))));
        given().auth().oauth2(token("protection-manager")).when().get("/provisions/" + ProvisionServiceStub.PROXY_ERROR)
                .then().statusCode(500).body(allOf(containsString("エラー（HTTP 500）"),
                        containsString("サービスから予期しない応答がありました。")));
        given().auth().oauth2(token("protection-manager")).cookie("itaku-lang", "en")
                .when().get("/provisions/" + ProvisionServiceStub.GARBLED)
                .then().statusCode(502)
                .body(allOf(containsString("Provision service (provision-service)"), not(containsString("読み取れません"))));
        given().auth().oauth2(token("protection-manager")).when().get("/provisions/" + ProvisionServiceStub.GARBLED)
                .then().statusCode(502).body(containsString("提供管理サービス（provision-service）の応答を読み取れませんでした。"));
    }
}
