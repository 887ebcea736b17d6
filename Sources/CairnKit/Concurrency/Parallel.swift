import Dispatch
import Foundation

/// Work spread over the machine's cores, results in input order.
enum Parallel {
    /// `transform` of every element, run concurrently; each result or error in its element's place.
    static func map<Element: Sendable, Value, Failure: Error>(_ elements: [Element],
                                                    _ transform: (Element) throws(Failure) -> Value) -> [Result<Value, Failure>] {
        let results = Results<Value, Failure>(count: elements.count)
        withoutActuallyEscaping(transform) { transform in
            let work = Unchecked(transform)
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                let result: Result<Value, Failure>
                do throws(Failure) {
                    result = .success(try work.value(elements[index]))
                } catch {
                    result = .failure(error)
                }
                results.set(index, result)
            }
        }
        return results.values.map { $0! }
    }

    /// Results filled in from several threads, each index once.
    private final class Results<Value, Failure: Error>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<Value, Failure>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<Value, Failure>) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }

    /// A closure the caller vouches is safe to call from several threads at once.
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
