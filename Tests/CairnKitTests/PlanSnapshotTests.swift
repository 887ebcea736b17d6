import Testing
@testable import CairnKit

/// The plan as it stood on a day keeps the log entries and postings dated up to it; when that is
/// all of them, it shares the plan's arrays instead of copying them.
@Suite struct PlanSnapshotTests {
    @Test(arguments: [[Int](), [1, 2, 3], [5, 1, 6, 2, 7], [9, 8, 7], [1, 9, 1, 9, 1]])
    func keptIsFilter(values: [Int]) {
        #expect(PlanSnapshot.kept(values) { $0 < 5 } == values.filter { $0 < 5 })
        #expect(PlanSnapshot.kept(values) { $0 > 5 } == values.filter { $0 > 5 })
    }

    @Test func everythingKeptSharesTheStorage() {
        let values = Array(0 ..< 1_000)
        let kept = PlanSnapshot.kept(values) { $0 < 1_000 }
        let shared = values.withUnsafeBufferPointer { all in kept.withUnsafeBufferPointer { $0.baseAddress == all.baseAddress } }
        #expect(shared)
        let fewer = PlanSnapshot.kept(values) { $0 < 999 }
        #expect(fewer.count == 999)
        #expect(fewer.withUnsafeBufferPointer { $0.baseAddress } != values.withUnsafeBufferPointer { $0.baseAddress })
    }
}
