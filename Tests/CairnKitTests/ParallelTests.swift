import Dispatch
import Testing
@testable import CairnKit

/// Work spread over the cores: each result, or error, in its element's place.
@Suite struct ParallelTests {
    struct Odd: Error, Equatable { var value: Int }

    @Test(arguments: [0, 1, 2, 7, 1_000], [1, 2, 8])
    func everyResultStandsInItsElementsPlace(count: Int, width: Int) {
        let results = Parallel.map(Array(0 ..< count), width: width) { (value: Int) throws(Odd) -> String in
            if value % 3 == 1 { throw Odd(value: value) }
            return String(value * 2)
        }
        #expect(results.count == count)
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let text): #expect(index % 3 != 1 && text == String(index * 2))
            case .failure(let error): #expect(index % 3 == 1 && error == Odd(value: index))
            }
        }
    }

    @Test func resultsHoldingReferencesAreKeptAlive() {
        final class Box: Sendable { let value: Int; init(_ value: Int) { self.value = value } }
        let boxes = Parallel.map(Array(0 ..< 500)) { Box($0 * $0) }.map { $0.get() }
        #expect(boxes.map(\.value) == (0 ..< 500).map { $0 * $0 })
    }

    @Test func pendingWorkRunsOnAnotherThreadWhileTheCallerGoesOn() {
        // The work waits for the caller's go: run on the caller's thread, it would wait in vain.
        let go = DispatchSemaphore(value: 0)
        let pending = Pending { () -> [Int] in
            guard go.wait(timeout: .now() + 10) == .success else { return [] }
            return (1 ... 4).map { $0 * $0 }
        }
        go.signal()
        #expect(pending.wait() == [1, 4, 9, 16])
        #expect(pending.wait() == [1, 4, 9, 16], "every wait gives the same value")
    }
}
