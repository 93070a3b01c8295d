/// Marks the words that name a concrete day or clock time, so rules and patterns can ask
/// "was a time named?" (`{time}`, `{day}`, `{when}`). Vague periods ("на следующей неделе",
/// "next week") are deliberately not marked: they are not an offer of a slot. Words without a
/// digit take a short path of set lookups, since they are most of every answer.
enum TimeRecognizer {
    static func mark(_ tokens: inout [Token]) {
        let numeric = tokens.map { $0.text.utf8.first.map { (48...57).contains($0) } ?? false }
        var lastRelativeLeader = -10
        for index in tokens.indices {
            let word = tokens[index].text
            let previous = index > 0 ? tokens[index - 1].text : ""
            let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
            var isDay = false
            var isTime = false
            if numeric[index] {
                if tokens[index].isNumber { tokens[index].classes.insert(.number) }
                isDay = isNumericDate(word) || isOrdinalDay(word) || (dayOfMonth(word) && (isMonth(next) || russianOrdinalEndings.contains(next)))
                isTime = !isDay && isClockTime(word, previous: previous, next: next)
            } else {
                isDay = isDayWord(word) || (index + 1 < tokens.count && numeric[index + 1] && isMonth(word) && (dayOfMonth(next) || isOrdinalDay(next)))
                isTime = clockWords.contains(word) || (index - lastRelativeLeader <= 3 && isDuration(word))
                if relativeLeaders.contains(word) { lastRelativeLeader = index }
            }
            if isDay && deadlineWords.contains(previous) { isDay = false }
            if isDay { tokens[index].classes.insert(.day) }
            if isTime { tokens[index].classes.insert(.time) }
            if isDay || isTime { tokens[index].classes.insert(.when) }
        }
    }

    /// "Today" alone is not an offer of a slot ("how are you today?"); with a clock time the time
    /// carries the offer.
    private static let dayWords: WordSet = [
        "завтра", "послезавтра", "пн", "вт", "ср", "чт", "пт", "сб",
        "среда", "среду", "среды", "среде", "средой",
        "tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    ]
    private static let dayPrefixes = ["понедельн", "вторник", "четверг", "пятниц", "суббот", "воскресень"]
    private static let monthStems = ["январ", "феврал", "март", "апрел", "мая", "мае", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
    private static let monthWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let clockWords: WordSet = ["полдень", "noon", "midday"]
    /// "до пятницы", «к пятнице», "by Friday": a deadline for something, not a slot to meet in.
    private static let deadlineWords: WordSet = ["до", "к", "ко", "by", "until", "till", "before"]
    private static let timeLeaders: WordSet = ["в", "к", "at", "around", "by", "до", "около", "после", "from", "с"]
    /// Words that make a number an hour by themselves ("3 pm", "8 утра").
    private static let hourFollowers: WordSet = ["am", "pm", "утра", "вечера", "ч", "o'clock", "oclock"]
    /// Words that make a number an hour only after "в", "at"… ("в 3 часа", but "за 3 часа", "3 дня").
    private static let weakHourFollowers: WordSet = ["дня", "часов", "часа", "час", "hrs"]
    /// "через час", "in 20 minutes": a point in time relative to now, when a duration follows
    /// one of these within three words.
    private static let relativeLeaders: WordSet = ["через", "in"]
    private static let durationPrefixes = ["час", "минут", "мин", "hour", "min", "полчас", "half"]
    /// Words after a number that make it a quantity, not a clock time ("в 10 раз", "at 20 percent").
    private static let quantityPrefixes = ["раз", "процент", "%", "рубл", "тысяч", "штук", "человек", "times", "percent", "dollar", "euro", "people", "pcs"]

    private static func isDayWord(_ word: String) -> Bool {
        if dayWords.contains(word) { return true }
        guard word.utf8.count >= 12 else { return false }
        return dayPrefixes.contains { word.utf8.starts(with: $0.utf8) }
    }

    private static func isMonth(_ word: String) -> Bool {
        if monthWords.contains(word) { return true }
        guard word.utf8.count >= 6 else { return false }
        return monthStems.contains { word.utf8.starts(with: $0.utf8) && word.unicodeScalars.count - $0.unicodeScalars.count <= 2 }
    }

    private static func dayOfMonth(_ word: String) -> Bool {
        Int(word).map { (1...31).contains($0) } ?? false
    }

    /// "15.03".
    private static func isNumericDate(_ word: String) -> Bool {
        let parts = word.split(separator: ".")
        guard parts.count >= 2, parts.allSatisfy({ $0.count <= 2 }), let day = Int(parts[0]), let month = Int(parts[1]) else { return false }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// "the 15th", "16-го", "16го": a day of the month said as an ordinal.
    private static func isOrdinalDay(_ word: String) -> Bool {
        guard word.utf8.count >= 3, word.utf8.first.map({ (48...57).contains($0) }) == true else { return false }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        var ending = word.dropFirst(digits.count)
        if ending.first == "-" { ending = ending.dropFirst() }
        return dayOfMonth(String(digits)) && (englishOrdinalEndings.contains(String(ending)) || russianOrdinalEndings.contains(String(ending)))
    }

    private static let englishOrdinalEndings: WordSet = ["st", "nd", "rd", "th"]
    /// "16-го", "к 5-му": the endings a Russian writer puts after a day number.
    private static let russianOrdinalEndings: WordSet = ["го", "е", "ого", "му", "ое"]

    private static func isClockTime(_ word: String, previous: String, next: String) -> Bool {
        if word.utf8.contains(UInt8(ascii: ":")) || word.utf8.contains(UInt8(ascii: ".")) {
            let parts = word.split(whereSeparator: { $0 == ":" || $0 == "." })
            if parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), parts[1].count == 2, (0...59).contains(minute) {
                return true
            }
        }
        for suffix in ["am", "pm", "ч"] where word.hasSuffix(suffix) {
            if let hour = Int(word.dropLast(suffix.count)), (1...24).contains(hour) { return true }
        }
        guard let hour = Int(word), (0...24).contains(hour) else { return false }
        if hourFollowers.contains(next) { return true }
        if weakHourFollowers.contains(next) { return timeLeaders.contains(previous) && previous != "до" }
        let isQuantity = (durationPrefixes + quantityPrefixes).contains { next.utf8.starts(with: $0.utf8) }
        return timeLeaders.contains(previous) && !isQuantity
    }

    private static func isDuration(_ word: String) -> Bool {
        durationPrefixes.contains { word.utf8.starts(with: $0.utf8) }
    }
}
