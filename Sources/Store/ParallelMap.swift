import Dispatch

/// `map` over all cores for pure work on a chunk of items; results keep the input order.
public enum ParallelMap {
    public static func map<Input, Output>(_ items: [Input], _ transform: (Input) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            nonisolated(unsafe) let output = results
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { output[$0] = transform(items[$0]) }
        }
        return results.map { $0! }
    }
}
