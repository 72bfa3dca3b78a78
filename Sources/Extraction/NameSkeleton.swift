/// The consonants of a name, transliterated from Cyrillic: one key for a name in both scripts and in any Russian
/// case ("Чистякова", "Чистяков", "Chistyakov" → "chstkv"; "Евгений", "Yevgeny" → "evgn").
enum NameSkeleton {
    static let latin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    static func of(_ name: String) -> String {
        // "Yevgeny"/"Evgenii", "Aleksei"/"Alexey": one spelling of the sounds that transliterations write differently.
        var text = ""
        let lower = Array(name.lowercased())
        for (k, character) in lower.enumerated() {
            switch character {
            case "x": text += "ks"
            case "j": text += "i"
            // "Dwi" = "Дви", "Wahyu" = "Вахью"; a final "aw", "ow" is a vowel ("Zaw" = "Зо").
            case "w": if !(k == lower.count - 1 && k > 0 && "aeiou".contains(lower[k - 1])) { text += "v" }
            default: text += latin[character] ?? String(character)
            }
        }
        if text.hasPrefix("ye") { text.removeFirst() }
        // Х is "kh" in Russian names and "h" in Vietnamese and Chinese ones ("Нгуен Тхи Ха" = "Nguyen Thi Ha"); Thai "ph",
        // German "sch" and Greek "ph" spell the sounds Cyrillic writes п, ш and ф ("Natthaphon"/"Наттхапон",
        // "Schmidt"/"Шмидт", "Philipp"/"Филипп"): one pass folds them all.
        var folded = ""
        var previous: Character = " ", beforePrevious: Character = " "
        for character in text {
            // (Vietnamese final "nh" is "нь": "Thanh" = "Тхань", "Keosavanh" = "Кеосаванх".)
            if character == "h", previous == "n" { }
            // (Thai "th" is "тх" or "т": "Phattharaphon" = "Пхаттарапхон", "Natthaphon" = "Наттхапон"; English "th" is "т".)
            else if character == "h", previous == "t" { }
            // (Thai and Lao "ph" is "пх": "Phommachanh" = "Пхоммачан".)
            else if character == "h", previous == "k", beforePrevious == "n" || beforePrevious == "p" || beforePrevious == "t" { folded.removeLast() }
            // (Thai and Lao "kh" is "кх": "Thongkham" = "Тхонгкхам".)
            else if character == "h", previous == "k", beforePrevious == "k", folded.count >= 2 { folded.removeLast(2); folded.append("h") }
            else if character == "h", previous == "k" || previous == "p" { folded.removeLast(); folded.append(previous == "k" ? "h" : "p") }
            else if character == "h", previous == "c", beforePrevious == "s" { folded.removeLast(); folded.append("h") }   // "sch" → "sh"
            else { folded.append(character == "f" ? "p" : character) }
            beforePrevious = previous
            previous = character
        }
        text = folded
        guard let first = text.first else { return "" }
        var skeleton = String(first)
        for character in text.dropFirst() where !"aeiouy".contains(character) && character.isLetter {
            if skeleton.last != character { skeleton.append(character) }
        }
        return skeleton
    }

    /// A person's name's skeleton, which also reads Vietnamese "D" as Russian "З" ("Dung" = "Зунг").
    /// Vietnamese "Tr" is Russian "Ч" too ("Tran" = "Чан").
    static func ofPerson(_ name: String) -> String {
        var base = of(name)
        if base.hasPrefix("tr") { base = "ch" + base.dropFirst(2) }
        var skeleton = ""
        for character in base where skeleton.last != (character == "z" ? "d" : character) { skeleton.append(character == "z" ? "d" : character) }
        return skeleton
    }

    /// A Russian word without its case ending ("русского" → "русск", "дома" → "дом"), for names whose words decline.
    static func russianStem(_ word: String) -> String {
        let endings = ["ами", "ями", "ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ая", "яя", "ий", "ый", "ым", "им", "ую",
                       "юю", "ом", "ем", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и"]
        for ending in endings where word.count > ending.count + 2 && word.hasSuffix(ending) { return String(word.dropLast(ending.count)) }
        return word
    }
}
