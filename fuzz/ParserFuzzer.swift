// libFuzzer entry point for the HTTP/1.1 request parser, compiled together with Sources/HTTP1 by
// fuzz/run.sh. Beyond "never crashes", it checks properties that must hold for any input:
// - feeding the bytes in pieces gives exactly the requests (and the error) that one piece gives;
// - every complete request consumed at least one byte and no more than it was given;
// - every decoded path is rooted and free of dot-segments, and no decoded string holds a NUL.

/// Parses a pipeline from `wire`, handing the parser `cut`-byte pieces; the requests and how it ended.
func parsePipeline(_ wire: [UInt8], cut: Int, limits: HTTPParserLimits) -> (requests: [HTTPRequest], error: HTTPParseError?) {
    var parser = RequestParser(limits: limits)
    var buffer: [UInt8] = []
    var requests: [HTTPRequest] = []
    var start = 0
    while start < wire.count {
        let end = min(wire.count, start + cut)
        buffer += wire[start..<end]
        start = end
        while !buffer.isEmpty {
            do {
                guard case .complete(let request, let consumed) = try parser.parse(buffer[...]) else { break }
                precondition(consumed > 0 && consumed <= buffer.count, "consumed \(consumed) of \(buffer.count)")
                requests.append(request)
                buffer.removeFirst(consumed)
            } catch {
                return (requests, error)
            }
        }
    }
    return (requests, nil)
}

func checkInvariants(_ request: HTTPRequest) {
    let path = request.path
    precondition(path == "*" || path.hasPrefix("/"), "unrooted path \(path)")
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    precondition(!segments.contains(".") && !segments.contains(".."), "dot-segment left in \(path)")
    let strings = [path, request.target] + request.query.flatMap { [$0.name, $0.value] }
        + request.headers.flatMap { [$0.name, $0.value] }
    precondition(!strings.contains { $0.utf8.contains(0) }, "NUL in a decoded string")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    // The first byte picks the piece size and tight or default limits; the rest is the wire.
    let control = data[0]
    let wire = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = control & 0x80 == 0 ? HTTPParserLimits()
        : HTTPParserLimits(maxRequestLineLength: 64, maxHeaderBytes: 256, maxHeaderCount: 8, maxBodyBytes: 64)
    let whole = parsePipeline(wire, cut: max(wire.count, 1), limits: limits)
    let pieces = parsePipeline(wire, cut: Int(control & 0x0F) + 1, limits: limits)
    precondition(whole.requests == pieces.requests, "pieces of \(control & 0x0F + 1) bytes parse differently")
    precondition(whole.error == pieces.error, "pieces fail differently: \(String(describing: whole.error)) vs \(String(describing: pieces.error))")
    whole.requests.forEach(checkInvariants)
    return 0
}
