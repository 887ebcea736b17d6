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
}
