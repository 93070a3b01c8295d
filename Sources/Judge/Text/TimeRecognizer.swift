/// Marks the words that name a concrete day or clock time, so rules and patterns can ask
/// "was a time named?" (`{time}`, `{day}`, `{when}`). Vague periods ("на следующей неделе",
/// "next week") are deliberately not marked: they are not an offer of a slot.
enum TimeRecognizer {
    static func mark(_ tokens: inout [Token]) {
        for index in tokens.indices {
            let word = tokens[index].text
            if tokens[index].isNumber { tokens[index].classes.insert(.number) }
            let previous = index > 0 ? tokens[index - 1].text : ""
            if (isDay(word) || isDate(tokens, index)) && !deadlineWords.contains(previous) { tokens[index].classes.insert(.day) }
            if isTime(tokens, index) { tokens[index].classes.insert(.time) }
            if !tokens[index].classes.isDisjoint(with: [.day, .time]) { tokens[index].classes.insert(.when) }
        }
    }

    /// "Today" alone is not an offer of a slot ("how are you today?"); with a clock time the time
    /// carries the offer.
    private static let dayWords: Set<String> = [
        "завтра", "послезавтра", "пн", "вт", "ср", "чт", "пт", "сб",
        "tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    ]
    private static let dayPrefixes = ["понедельн", "вторник", "четверг", "пятниц", "суббот", "воскресень", "воскресенье"]
    private static let wednesday: Set<String> = ["среда", "среду", "среды", "среде", "средой", "средам"]
    private static let months = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
                                 "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    private static let clockWords: Set<String> = ["полдень", "noon", "midday"]
    /// "до пятницы", "by Friday": a deadline for something, not a slot to meet in.
    private static let deadlineWords: Set<String> = ["до", "by", "until", "till", "before"]
    private static let timeLeaders: Set<String> = ["в", "к", "at", "around", "by", "до", "около", "после", "from", "с"]
    /// Words that make a number an hour by themselves ("3 pm", "8 утра").
    private static let hourFollowers: Set<String> = ["am", "pm", "утра", "вечера", "ч", "o'clock", "oclock"]
    /// Words that make a number an hour only after "в", "at"… ("в 3 часа", but "за 3 часа", "3 дня").
    private static let weakHourFollowers: Set<String> = ["дня", "часов", "часа", "час", "hrs"]
    private static let relativeLeaders: Set<String> = ["через", "in"]
    private static let durationPrefixes = ["час", "минут", "мин", "hour", "min", "полчас", "half"]
    /// Words after a number that make it a quantity, not a clock time ("в 10 раз", "at 20 percent").
    private static let quantityPrefixes = ["раз", "процент", "%", "рубл", "тысяч", "штук", "человек", "times", "percent", "dollar", "euro", "people", "pcs"]

    private static func isDay(_ word: String) -> Bool {
        dayWords.contains(word) || wednesday.contains(word) || dayPrefixes.contains { word.hasPrefix($0) }
    }

    /// "15.03", "15 марта", "March 15", "the 15th".
    private static func isDate(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].text
        if word.contains("."), word.split(separator: ".").count >= 2, word.split(separator: ".").allSatisfy({ $0.count <= 2 }),
           let day = Int(word.split(separator: ".")[0]), let month = Int(word.split(separator: ".")[1]), (1...31).contains(day), (1...12).contains(month) {
            return true
        }
        if let day = Int(word), (1...31).contains(day), index + 1 < tokens.count, isMonth(tokens[index + 1].text) { return true }
        if isMonth(word), index + 1 < tokens.count, let day = Int(tokens[index + 1].text), (1...31).contains(day), word.count > 2 { return true }
        if ["st", "nd", "rd", "th"].contains(where: { word.hasSuffix($0) }), let day = Int(word.dropLast(2)), (1...31).contains(day) { return true }
        return false
    }

    private static func isMonth(_ word: String) -> Bool {
        if word.count < 3 { return false }
        return months.contains { word == $0 || (word.hasPrefix($0) && $0.count >= 3 && word.count - $0.count <= 2) }
    }

    private static func isTime(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].text
        let previous = index > 0 ? tokens[index - 1].text : ""
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if clockWords.contains(word) { return true }
        if word.contains(":") || word.contains(".") {
            let parts = word.split(whereSeparator: { $0 == ":" || $0 == "." })
            if parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), parts[1].count == 2, (0...59).contains(minute) {
                return !isDate(tokens, index)
            }
        }
        for suffix in ["am", "pm", "ч"] where word.hasSuffix(suffix) {
            if let hour = Int(word.dropLast(suffix.count)), (1...24).contains(hour) { return true }
        }
        if let hour = Int(word), (0...24).contains(hour) {
            if hourFollowers.contains(next) { return true }
            if weakHourFollowers.contains(next) { return timeLeaders.contains(previous) && previous != "до" }
            let isQuantity = (durationPrefixes + quantityPrefixes).contains { next.hasPrefix($0) }
            if timeLeaders.contains(previous) && !isQuantity { return true }
        }
        if durationPrefixes.contains(where: { word.hasPrefix($0) }) {
            let lookback = tokens[max(0, index - 3)..<index].map(\.text)
            if lookback.contains(where: relativeLeaders.contains) { return true }
        }
        return false
    }
}
