package dev.prewarm.application.concurrency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * Wraps the transaction (a lower priority than {@code @Transactional}'s, so it runs outside it):
 * a conflict surfaces at commit, after the transaction is gone, and the whole use case runs again
 * on fresh data. Bounded attempts with a random pause growing with each attempt, so that racing
 * callers spread out (twenty concurrent updates of one plan all get through).
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {
    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class.getName());

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.fine(() -> invocation.getMethod().getName() + " lost an optimistic-lock race; running it again");
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000, 20_000_000L * attempt));
            }
        }
    }

    static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
