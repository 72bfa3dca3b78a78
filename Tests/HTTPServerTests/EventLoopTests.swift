import Glibc
import Testing
@testable import HTTPServer

@Suite struct EventLoopTests {
    @Test(arguments: [
        (EAGAIN, EventLoop.AcceptFailure.drained), (EWOULDBLOCK, .drained),
        (EINTR, .retry), (ECONNABORTED, .retry),
        // accept(2): Linux passes the new socket's pending network errors on, to be retried.
        (EPROTO, .retry), (ENETDOWN, .retry), (ENOPROTOOPT, .retry), (EHOSTDOWN, .retry), (ENONET, .retry),
        (EHOSTUNREACH, .retry), (EOPNOTSUPP, .retry), (ENETUNREACH, .retry), (EPERM, .retry),
        (EMFILE, .pause), (ENFILE, .pause), (ENOBUFS, .pause), (ENOMEM, .pause), (EFAULT, .pause),
        (EBADF, .fatal), (EINVAL, .fatal), (ENOTSOCK, .fatal),
    ])
    func classifiesAcceptErrors(code: Int32, failure: EventLoop.AcceptFailure) {
        #expect(EventLoop.acceptFailure(errno: code) == failure)
    }
}
