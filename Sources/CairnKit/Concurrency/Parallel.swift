import Dispatch
import Foundation

/// Work spread over the machine's cores, results in input order.
enum Parallel {
    /// `transform` of every element, run concurrently; each result or error in its element's place.
    static func map<Element: Sendable, Value, Failure: Error>(_ elements: [Element],
                                                    _ transform: (Element) throws(Failure) -> Value) -> [Result<Value, Failure>] {
        map(elements, width: elements.count, transform)
    }

    /// `transform` of every element, on at most `width` threads at once (and no more than the
    /// machine's cores), elements taken in order: what each call holds while it runs is in memory
    /// at most `width` times over. Each result or error in its element's place.
    static func map<Element: Sendable, Value, Failure: Error>(_ elements: [Element], width: Int,
                                                    _ transform: (Element) throws(Failure) -> Value) -> [Result<Value, Failure>] {
        let results = Results<Value, Failure>(count: elements.count)
        withoutActuallyEscaping(transform) { transform in
            let work = Unchecked(transform)
            DispatchQueue.concurrentPerform(iterations: max(1, min(width, elements.count))) { _ in
                while let index = results.claim() {
                    let result: Result<Value, Failure>
                    do throws(Failure) {
                        result = .success(try work.value(elements[index]))
                    } catch {
                        result = .failure(error)
                    }
                    results.set(index, result)
                }
            }
        }
        return results.values.map { $0! }
    }

    /// Results filled in from several threads, each index once.
    private final class Results<Value, Failure: Error>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<Value, Failure>?]
        private var next = 0

        init(count: Int) { values = Array(repeating: nil, count: count) }

        /// The next element no thread has taken yet, if any.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < values.count else { return nil }
            next += 1
            return next - 1
        }

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
