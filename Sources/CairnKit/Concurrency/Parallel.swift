import Dispatch
import Foundation

/// Work spread over the machine's cores, results in input order.
public enum Parallel {
    /// `first` and `second` at the same time, on two cores when there are two.
    public static func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
        let results = map([true, false]) { isFirst in isFirst ? Either<First, Second>.first(first()) : .second(second()) }
        guard case .first(let one) = results[0].get(), case .second(let other) = results[1].get() else {
            preconditionFailure("each result is in its element's place")
        }
        return (one, other)
    }

    private enum Either<First, Second> { case first(First), second(Second) }

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
        let count = elements.count
        // Each result is made in its place in the array returned: no array of optionals copied at
        // the end, which for thousands of parsed files was the reading's peak of memory.
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let claims = Claims(count: count)
            let slots = Unchecked(buffer.baseAddress)
            withoutActuallyEscaping(transform) { transform in
                let work = Unchecked(transform)
                DispatchQueue.concurrentPerform(iterations: max(1, min(width, count))) { _ in
                    while let index = claims.next() {
                        let result: Result<Value, Failure>
                        do throws(Failure) {
                            result = .success(try work.value(elements[index]))
                        } catch {
                            result = .failure(error)
                        }
                        // Each index is claimed once, so no two threads write the same slot.
                        (slots.value! + index).initialize(to: result)
                    }
                }
            }
            initialized = count
        }
    }

    /// Hands out each index once, to whichever thread asks first.
    private final class Claims: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var taken = 0

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard taken < count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    /// A value the caller vouches is safe to use from several threads at once.
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
