package dev.prewarm.persistence.convert;

import java.util.function.Function;

/**
 * Stores an enum by its wire name, so renaming a constant never rewrites data. Subclasses name
 * {@code AttributeConverter<TheEnum, String>} themselves: EclipseLink reads the column type from the
 * converter class's own interface and mis-maps the column when the interface sits on a generic parent.
 */
abstract class WireNameConverter<E extends Enum<E>> {
    private final Class<E> type;
    private final Function<E, String> wireName;

    WireNameConverter(Class<E> type, Function<E, String> wireName) {
        this.type = type;
        this.wireName = wireName;
    }

    public String convertToDatabaseColumn(E value) {
        return value == null ? null : wireName.apply(value);
    }

    public E convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equals(column)) {
                return constant;
            }
        }
        throw new IllegalStateException("Unknown " + type.getSimpleName() + " in the database: " + column);
    }
}
