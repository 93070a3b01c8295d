import Testing
@testable import Engine

@Suite struct ScenarioTestRunnerTests {
    @Test func passingAndFailingTestsAreTold() {
        let (scenario, judge) = EngineFixtures.load()
        let results = ScenarioTestRunner.run(scenario, judge: judge)
        #expect(results.map(\.passed) == [true, true, false])
        #expect(results[2].failures == [
            "expected ending 'won', got 'emailed'",
            "expected score >= 50, got 0",
            "expected milestone 'meeting-booked'; reached: none",
        ])
    }
}
