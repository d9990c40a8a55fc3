/*
 * libgoedestart Java binding - the owner of one C object.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.function.Consumer;

/**
 * One C object: its pointer, how to free it, and the objects whose C
 * memory it borrows.
 *
 * <p>{@link #close()} frees the object; a second close does nothing. When
 * an owned handle is never closed, a {@link Cleaner} frees it after it
 * became unreachable (a safety net, not a substitute for {@code close}).
 * The cleaning action holds the borrowed objects, so they are never
 * cleaned before it. A view without a destructor (a family inside a
 * dossier) frees nothing and only keeps its owner reachable. Using a
 * handle whose borrowed objects were closed throws
 * {@link IllegalStateException} instead of reading freed memory.
 */
abstract class NativeHandle implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final NativeHandle[] NONE = new NativeHandle[0];

    private final Release release;
    private final Cleaner.Cleanable cleanable;

    /**
     * A C object.
     *
     * @param pointer the object (not NULL)
     * @param free its destructor, or {@code null} for an object owned by
     *        the first borrowed handle
     * @param borrowed the handles whose C memory the object uses
     */
    NativeHandle(Pointer pointer, Consumer<Pointer> free, NativeHandle... borrowed) {
        this.release = new Release(pointer, free, borrowed);
        this.cleanable = free == null ? null : CLEANER.register(this, release);
    }

    /**
     * The C pointer.
     *
     * @return the pointer
     * @throws IllegalStateException when this object, or one it borrows, is closed
     */
    final Pointer ptr() {
        Pointer p = release.pointer;
        if (p == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed");
        }
        for (NativeHandle b : release.borrowed) {
            if (b.isClosed()) {
                throw new IllegalStateException(getClass().getSimpleName() + " uses a "
                        + b.getClass().getSimpleName() + " that is closed");
            }
        }
        return p;
    }

    /**
     * Replaces the handles this object borrows (after it was filled again).
     *
     * @param borrowed the handles
     */
    final void borrow(NativeHandle... borrowed) {
        release.borrowed = borrowed == null ? NONE : borrowed;
    }

    /**
     * Keeps this object reachable up to this point: call it after the last
     * native call that uses {@link #ptr()}, so the cleaner cannot free the
     * C object during that call.
     */
    final void fence() {
        Reference.reachabilityFence(this);
    }

    /**
     * Whether this object, or one it borrows, is closed.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        if (release.pointer == null) {
            return true;
        }
        for (NativeHandle b : release.borrowed) {
            if (b.isClosed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives up the C object without freeing it (its ownership moved
     * elsewhere); this handle counts as closed afterwards.
     *
     * @return the pointer
     */
    final Pointer detach() {
        Pointer p = ptr();
        release.pointer = null;
        if (cleanable != null) {
            cleanable.clean();
        }
        return p;
    }

    /**
     * Frees the C object. Closing twice, or closing a view, is harmless.
     */
    @Override
    public void close() {
        if (cleanable != null) {
            cleanable.clean();
        } else {
            release.pointer = null;
        }
    }

    /** The cleaning action: must not refer to the handle itself. */
    private static final class Release implements Runnable {
        private volatile Pointer pointer;
        private final Consumer<Pointer> free;
        /** Also keeps the borrowed objects reachable until this ran. */
        private volatile NativeHandle[] borrowed;

        Release(Pointer pointer, Consumer<Pointer> free, NativeHandle[] borrowed) {
            this.pointer = pointer;
            this.free = free;
            this.borrowed = borrowed == null ? NONE : borrowed;
        }

        @Override
        public void run() {
            Pointer p = pointer;
            pointer = null;
            if (p != null && free != null) {
                free.accept(p);
            }
        }
    }
}
