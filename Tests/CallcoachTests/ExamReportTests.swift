import Foundation
import Testing

/// `report` knows exams. A hand-worked fixture, written into `exam_results` with `sqlite3` as
/// an older sitting would have left it; the dates lie far in the past or the future, so the
/// statuses are the same whenever the test runs:
///
/// | trainee | attempts | status |
/// |---|---|---|
/// | anna | cold-call-basic failed 2020-03-01, passed 2020-03-02 valid until 2099-03-02; retail-basic running since 2020-06-01 09:00 on another host | passed; in progress |
/// | boris | passed 2020-01-10, valid until 2021-01-10 | expired |
/// | vera | failed 2020-05-01 10:00, 3 allowed, cool-down 80 years to 2100-05-01 10:00 | failed, 2 left, next after 2100-05-01 10:00 |
/// | gleb | failed 2020-04-01 and 2020-04-02, 2 allowed | failed, none left |
/// | egor | left 2020-07-01, 3 allowed, no cool-down | abandoned, 2 left |
@Suite struct ExamReportTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("exam-report-\(UUID().uuidString)")
    var database: String { home.path + "/progress.sqlite" }
    var environment: [String: String] { ["CALLCOACH_DB": database] }

    func fixture() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let answers = home.appendingPathComponent("answers.txt")
        try "Hi, could you put me through to your director please?\nSure, I'll email it over.\n".write(to: answers, atomically: true, encoding: .utf8)
        // anna has a call too; the others only exam attempts.
        #expect(try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--trainee", "anna", "--answers", answers.path],
                               environment: environment).status == 0)
        let rows: [(trainee: String, attempt: String, exam: String, state: String, passed: Int, started: String, ended: String?,
                    validUntil: String?, allowed: Int, coolDown: Int, host: String)] = [
            ("anna", "a1", "cold-call-basic", "finished", 0, "2020-03-01 09:40:00.000", "2020-03-01 10:00:00.000", nil, 3, 86_400, "here"),
            ("anna", "a2", "cold-call-basic", "finished", 1, "2020-03-02 11:00:00.000", "2020-03-02 11:30:00.000", "2099-03-02 11:30:00.000", 3, 86_400, "here"),
            ("anna", "a3", "retail-basic", "running", 0, "2020-06-01 09:00:00.000", nil, nil, 3, 86_400, "proctor-box"),
            ("boris", "b1", "cold-call-basic", "finished", 1, "2020-01-10 11:30:00.000", "2020-01-10 12:00:00.000", "2021-01-10 12:00:00.000", 3, 86_400, "here"),
            ("vera", "v1", "cold-call-basic", "finished", 0, "2020-05-01 09:30:00.000", "2020-05-01 10:00:00.000", nil, 3, 2_524_521_600, "here"),
            ("gleb", "g1", "cold-call-basic", "finished", 0, "2020-04-01 09:00:00.000", "2020-04-01 09:30:00.000", nil, 2, 0, "here"),
            ("gleb", "g2", "cold-call-basic", "finished", 0, "2020-04-02 09:00:00.000", "2020-04-02 09:30:00.000", nil, 2, 0, "here"),
            ("egor", "e1", "cold-call-basic", "abandoned", 0, "2020-07-01 09:00:00.000", "2020-07-01 09:10:00.000", nil, 3, 0, "here"),
        ]
        var sql = ""
        for trainee in ["anna", "boris", "vera", "gleb", "egor"] {
            sql += "INSERT OR IGNORE INTO trainees (name, created_at) VALUES ('\(trainee)', '2020-01-01 00:00:00.000');\n"
        }
        for row in rows {
            sql += """
                INSERT INTO exam_results (trainee_id, attempt, exam, title, language, exam_hash, seed, state, passed, score, wins, pass_mark,
                    started_at, ended_at, valid_until, attempts_allowed, cool_down, pid, host)
                VALUES ((SELECT id FROM trainees WHERE name = '\(row.trainee)'), '\(row.attempt)', '\(row.exam)', 'T', 'en', 'h', '5',
                    '\(row.state)', \(row.passed), \(row.passed == 1 ? 80 : 30), \(row.passed), 70, '\(row.started)',
                    \(row.ended.map { "'\($0)'" } ?? "NULL"), \(row.validUntil.map { "'\($0)'" } ?? "NULL"), \(row.allowed), \(row.coolDown),
                    1, '\(row.host)');\n
                """
        }
        #expect(try SQLiteShell.execute(database, script: sql) == 0)
    }

    @Test func theTeamTableSaysWhereEveryTraineeStandsInEnglishAndRussian() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try fixture()
        let english = try Binary.run(["report", "--ui", "en"], environment: environment)
        #expect(english.status == 0, "\(english.stderr)")
        let lines = english.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("Certification: cold-call-basic") == true, "\(english.stdout)")
        #expect(lines.first?.hasSuffix("Certification: retail-basic") == true, "\(english.stdout)")
        func row(_ trainee: String) -> String { lines.first { $0.hasPrefix(trainee + " ") } ?? "" }
        #expect(row("anna").contains("passed on 2020-03-02 (valid until 2099-03-02)"))
        #expect(row("anna").hasSuffix("in progress since 2020-06-01 09:00"))
        #expect(row("boris").contains("expired on 2021-01-10"))
        #expect(row("boris").hasSuffix("—"))
        #expect(row("vera").contains("failed on 2020-05-01 (attempts left 2, next attempt after 2100-05-01 10:00)"))
        #expect(row("gleb").contains("failed on 2020-04-02 (no attempts left)"))
        #expect(row("egor").contains("abandoned on 2020-07-01 (attempts left 2)"))

        let russian = try Binary.run(["report", "--ui", "ru"], environment: environment).stdout
        #expect(russian.contains("Аттестация: cold-call-basic"))
        #expect(russian.contains("сдан 2020-03-02, действует до 2099-03-02"))
        #expect(russian.contains("идёт с 2020-06-01 09:00"))
        #expect(russian.contains("срок истёк 2021-01-10"))
        #expect(russian.contains("не сдан 2020-05-01; попыток осталось: 2; следующая попытка после 2100-05-01 10:00"))
        #expect(russian.contains("не сдан 2020-04-02; попыток не осталось"))
        #expect(russian.contains("прерван 2020-07-01; попыток осталось: 2"))
    }

    @Test func csvAndJSONCarryTheStatusesAsMachineValues() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try fixture()
        let csv = try Binary.run(["report", "--format", "csv"], environment: environment).stdout
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        #expect(Array(header.suffix(10)) == ["exam:cold-call-basic:status", "exam:cold-call-basic:date", "exam:cold-call-basic:valid_until",
                                             "exam:cold-call-basic:attempts_left", "exam:cold-call-basic:next_attempt",
                                             "exam:retail-basic:status", "exam:retail-basic:date", "exam:retail-basic:valid_until",
                                             "exam:retail-basic:attempts_left", "exam:retail-basic:next_attempt"])
        let vera = try #require(rows.first { $0.first == "vera" })
        #expect(Array(vera.suffix(10)) == ["failed", "2020-05-01T10:00:00Z", "", "2", "2100-05-01T10:00:00Z", "", "", "", "", ""])
        let anna = try #require(rows.first { $0.first == "anna" })
        #expect(Array(anna.suffix(10)) == ["passed", "2020-03-02T11:30:00Z", "2099-03-02T11:30:00Z", "", "",
                                           "in-progress", "2020-06-01T09:00:00Z", "", "", ""])
        #expect(anna[1] == "1", "anna's call is counted beside her exams")

        let json = try Binary.run(["report", "--format", "json"], environment: environment).stdout
        let team = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let gleb = try #require(team.first { $0["trainee"] as? String == "gleb" })
        let status = try #require((gleb["certification"] as? [[String: Any]])?.first)
        #expect(status["exam"] as? String == "cold-call-basic")
        #expect(status["state"] as? String == "failed")
        #expect(status["attemptsLeft"] as? Int == 0)
        #expect(status["attempts"] as? Int == 2)
        #expect(gleb["calls"] as? Int == 0)
    }

    @Test func oneTraineesReportListsTheirAttempts() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try fixture()
        let english = try Binary.run(["report", "--trainee", "anna", "--ui", "en"], environment: environment).stdout
        #expect(english.contains("""
            Certification:
              cold-call-basic: passed on 2020-03-02 (valid until 2099-03-02)
              retail-basic: in progress since 2020-06-01 09:00
            Exam attempts:
              2020-03-01 09:40  cold-call-basic  failed, average 30, calls won 0
              2020-03-02 11:00  cold-call-basic  passed, average 80, calls won 1, valid until 2099-03-02
              2020-06-01 09:00  retail-basic  in progress
            """), "\(english)")
        let russian = try Binary.run(["report", "--trainee", "anna", "--ui", "ru"], environment: environment).stdout
        #expect(russian.contains("""
            Аттестация:
              cold-call-basic: сдан 2020-03-02, действует до 2099-03-02
              retail-basic: идёт с 2020-06-01 09:00
            Попытки экзаменов:
              2020-03-01 09:40  cold-call-basic  не сдан, средний балл 30, выиграно звонков 0
              2020-03-02 11:00  cold-call-basic  сдан, средний балл 80, выиграно звонков 1, действует до 2099-03-02
              2020-06-01 09:00  retail-basic  идёт
            """), "\(russian)")
        let json = try Binary.run(["report", "--trainee", "anna", "--format", "json"], environment: environment).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((document["examAttempts"] as? [[String: Any]])?.map { $0["attempt"] as? String } == ["a1", "a2", "a3"])
        #expect((document["summary"] as? [String: Any])?["calls"] as? Int == 1)
    }
}
