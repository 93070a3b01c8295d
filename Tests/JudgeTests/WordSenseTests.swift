import Testing
@testable import Judge
@testable import ScenarioKit

/// Words that mean one thing in a pattern and another in an answer: a stem shared by two words
/// ("directly" and "directions"), a "meet" that is no meeting, a date that is no slot, a send
/// spelt in chat shorthand or with an object the patterns once lacked. Judged by the shipped
/// rulebook; none of these answers is in an example file.
@Suite struct WordSenseTests {
    static func judge(_ text: String, after line: String) -> Set<String> {
        Set(LiveCallVerdictTests.judge(text, after: line).actIDs.map(\.rawValue))
    }

    @Test(arguments: [
        ("Fine, I'll send the proposal directly to him then.", "He's busy, send it to us."),
        ("Thanks, I'm Dan, I'll send it under my name so he knows who it's from", "Send the info, I'll pass it on."),
        ("Sure, I'll send over some photos of our installs tonight.", "Just email us your proposal."),
        ("No problem, I'll drop you a link to our catalog.", "Send me something."),
        ("ok ill email u the full price list", "Send me something."),
        ("Хорошо, напишу на info, там всё будет.", "Пришлите КП на почту."),
        ("Ок, кину фотки наших объектов в вотсап.", "Скиньте что-нибудь."),
        ("Хорошо, тогда кину ссылку на каталог вам на почту.", "Пришлите что-нибудь почитать."),
    ])
    func sendsAreHeard(answer: String, line: String) {
        let acts = Self.judge(answer, after: line)
        #expect(acts.contains("agree-send-proposal"), "\(acts)")
        #expect(!acts.contains("confirm-details") && !acts.contains("propose-meeting"), "\(acts)")
    }

    @Test(arguments: [
        ("Отлично, адрес пришлю в мессенджер, спасибо.", "Приезжайте в четверг к десяти."),
        ("Monday 10am, I'll be there. I'll send you my car reg for the barrier.", "Fine, come over on Monday."),
        ("To be honest I'd rather show it than send it, fifteen minutes on video.", "Just email it."),
        ("Можете кинуть план помещения в вотсап? Посчитаю точнее.", "Сколько это будет стоить?"),
    ])
    func logisticsAndRefusalsAreNoSend(answer: String, line: String) {
        #expect(!Self.judge(answer, after: line).contains("agree-send-proposal"))
    }

    @Test(arguments: [
        ("Our fittings meet every standard in the EU and cost 15% less.", "What's special about your fittings?"),
        ("We met at the expo last spring, you asked about kitchens.", "Who is this?"),
        ("Встречаем груз на таможне и везём до вашего склада.", "А как с доставкой?"),
    ])
    func anotherMeetIsNoMeeting(answer: String, line: String) {
        #expect(!Self.judge(answer, after: line).contains("propose-meeting"))
    }

    @Test(arguments: [
        ("Yes, we deliver Monday or Wednesday, free over 500 euros.", "Do you deliver?"),
        ("Давайте я оформлю заказ сегодня, чтобы к пятнице было у вас?", "Мы подумаем."),
        ("Хорошо, в пятницу закину вам на почту.", "Пришлите прайс."),
    ])
    func deadlinesAndDeliveriesAreNoSlots(answer: String, line: String) {
        #expect(!Self.judge(answer, after: line).contains("offer-time-options"))
    }

    @Test func aQuestionAboutHowTheyBuyAsksForNothing() {
        #expect(!Self.judge("Can your team order in bulk, or is it one by one?", after: "Who are you?").contains("ask-for-commitment"))
    }

    @Test func theLastTimeWeSpokeIsNoUltimatum() {
        let acts = Self.judge("I get that. Last time we spoke you mentioned delivery delays, is that still an issue?", after: "We're not interested.")
        #expect(!acts.contains("pressure"))
        #expect(acts.contains("acknowledge-objection"))
        #expect(Self.judge("I'm asking you for the last time, put me through.", after: "He's busy.").contains("pressure"))
    }

    @Test func shorthandIsSpeltOut() {
        #expect(Normalizer.words("ill email u").map(\.word) == ["ill", "email", "you"])
        #expect(Normalizer.words("щас скину").map(\.word) == ["сейчас", "скину"])
    }
}
