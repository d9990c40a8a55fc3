/*
 * libgoedestart Java binding - a native source of families read one at a time.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The read-ahead {@link Iterator} shared by {@link DossierReader} and
 * {@link Population}: each family handed out is owned by the caller, and
 * a family read ahead but not handed out is freed on close.
 */
abstract class FamilySource extends NativeHandle implements Iterator<Family> {
    private final String endMessage;
    private Family pending;
    private boolean ended;

    FamilySource(Pointer pointer, Consumer<Pointer> free, String endMessage) {
        super(pointer, free);
        this.endMessage = endMessage;
    }

    /**
     * Calls the C function that yields the next family into {@code out}.
     *
     * @param handle the native handle
     * @param out receives the family, or NULL at the end
     * @return the C status
     */
    abstract int nextNative(Pointer handle, PointerByReference out);

    /**
     * The next family, owned by the caller.
     *
     * @return the family, or {@code null} at the end
     * @throws GoedestartException when the native call fails
     */
    public Family nextFamily() {
        if (pending != null) {
            Family f = pending;
            pending = null;
            return f;
        }
        if (ended) {
            return null;
        }
        PointerByReference out = new PointerByReference();
        Interop.check(nextNative(ptr(), out));
        fence();
        Pointer p = out.getValue();
        if (p == null) {
            ended = true;
            return null;
        }
        return Family.owned(p);
    }

    /**
     * Whether there is another family; reads it ahead.
     *
     * @return {@code true} when {@link #next()} has a family
     * @throws GoedestartException when reading it ahead fails
     */
    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            pending = nextFamily();
        }
        return pending != null;
    }

    /**
     * The next family, owned by the caller.
     *
     * @return the family
     * @throws NoSuchElementException at the end
     * @throws GoedestartException when reading it fails
     */
    @Override
    public Family next() {
        if (!hasNext()) {
            throw new NoSuchElementException(endMessage);
        }
        Family f = pending;
        pending = null;
        return f;
    }

    /**
     * Frees the native source and a family read ahead but not handed out.
     * Closing twice is harmless.
     */
    @Override
    public void close() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        super.close();
    }
}
