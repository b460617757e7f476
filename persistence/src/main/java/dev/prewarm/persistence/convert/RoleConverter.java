package dev.prewarm.persistence.convert;

import dev.prewarm.domain.user.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the role by its wire name, so renaming the enum constant never rewrites data. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {
    @Override
    public String convertToDatabaseColumn(Role value) {
        return value == null ? null : value.wireName();
    }

    @Override
    public Role convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        for (Role role : Role.values()) {
            if (role.wireName().equals(column)) {
                return role;
            }
        }
        throw new IllegalStateException("Unknown role in the database: " + column);
    }
}
