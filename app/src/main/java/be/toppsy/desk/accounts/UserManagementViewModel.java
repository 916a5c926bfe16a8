package be.toppsy.desk.accounts;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * User management for administrators: the list of accounts, a form for a new one, and for the
 * selected account its roles, a password reset and (de)activation.
 */
public final class UserManagementViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final StringProperty newDisplayName = new SimpleStringProperty("");
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newRepeat = new SimpleStringProperty("");
    private final ObjectProperty<Language> newLanguage = new SimpleObjectProperty<>(Language.NL);
    private final Map<Role, BooleanProperty> newRoles = roleFlags();
    private final FieldErrors newErrors;

    private final Map<Role, BooleanProperty> selectedRoles = roleFlags();
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty resetRepeat = new SimpleStringProperty("");
    private final FieldErrors selectedErrors;

    public UserManagementViewModel(AccountService accounts, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.newErrors = new FieldErrors(messages);
        this.selectedErrors = new FieldErrors(messages);
        newRoles.get(Role.STAFF).set(true);
        selected.addListener((obs, old, user) -> showSelected(user));
    }

    private static Map<Role, BooleanProperty> roleFlags() {
        Map<Role, BooleanProperty> flags = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            flags.put(role, new SimpleBooleanProperty(false));
        }
        return flags;
    }

    public void load() {
        tasks.run(accounts::listUsers, list -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            users.setAll(list);
            if (keep != null) {
                users.stream().filter(u -> u.id() == keep).findFirst().ifPresent(selected::set);
            }
        }, this::fail);
    }

    private void showSelected(User user) {
        selectedErrors.clear();
        resetPassword.set("");
        resetRepeat.set("");
        for (Role role : Role.values()) {
            selectedRoles.get(role).set(user != null && user.roles().contains(role));
        }
    }

    public void create() {
        newErrors.clear();
        message.set("");
        AccountService.NewUser newUser = new AccountService.NewUser(newDisplayName.get(), newUsername.get(),
                newPassword.get().toCharArray(), newRepeat.get().toCharArray(), checked(newRoles), newLanguage.get());
        tasks.run(() -> accounts.createUser(newUser), user -> {
            message.set(messages.get("users.created", user.username()));
            newDisplayName.set("");
            newUsername.set("");
            newPassword.set("");
            newRepeat.set("");
            load();
        }, error -> {
            if (error instanceof ValidationException invalid) {
                newErrors.show(invalid);
            } else {
                fail(error);
            }
        });
    }

    public void saveRoles() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        selectedErrors.clear();
        Set<Role> roles = checked(selectedRoles);
        tasks.run(() -> {
            accounts.changeRoles(user.id(), roles);
            return user;
        }, u -> {
            message.set(messages.get("users.rolesSaved", u.username()));
            load();
        }, this::handleSelectedError);
    }

    public void resetPassword() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        selectedErrors.clear();
        char[] password = resetPassword.get().toCharArray();
        char[] repeat = resetRepeat.get().toCharArray();
        tasks.run(() -> {
            accounts.resetPassword(user.id(), password, repeat);
            return user;
        }, u -> {
            resetPassword.set("");
            resetRepeat.set("");
            message.set(messages.get("users.passwordReset", u.username()));
        }, this::handleSelectedError);
    }

    public void toggleActive() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        selectedErrors.clear();
        // Reactivating needs a temporary password: deactivation removed the user's copy of the database key.
        char[] password = resetPassword.get().toCharArray();
        char[] repeat = resetRepeat.get().toCharArray();
        tasks.run(() -> {
            if (user.active()) {
                accounts.deactivate(user.id());
            } else {
                accounts.reactivate(user.id(), password, repeat);
            }
            return user;
        }, u -> {
            message.set(messages.get(u.active() ? "users.deactivated" : "users.reactivated", u.username()));
            resetPassword.set("");
            resetRepeat.set("");
            load();
        }, this::handleSelectedError);
    }

    private void handleSelectedError(Throwable error) {
        if (error instanceof ValidationException invalid) {
            selectedErrors.show(invalid);
        } else {
            fail(error);
        }
    }

    private void fail(Throwable error) {
        // A storage problem (a full disk, say) in its own words; anything else as "something went wrong".
        message.set(be.toppsy.desk.storage.StorageException.findIn(error)
                .map(e -> messages.get(e.reason().messageKey(), e.detail()))
                .orElseGet(() -> messages.get("error.unexpected")));
    }

    private static Set<Role> checked(Map<Role, BooleanProperty> flags) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        flags.forEach((role, flag) -> {
            if (flag.get()) {
                roles.add(role);
            }
        });
        return roles;
    }

    public String passwordRule() {
        return messages.get("password.rule", PasswordPolicy.MIN_LENGTH);
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty newDisplayNameProperty() {
        return newDisplayName;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newRepeatProperty() {
        return newRepeat;
    }

    public ObjectProperty<Language> newLanguageProperty() {
        return newLanguage;
    }

    public BooleanProperty newRole(Role role) {
        return newRoles.get(role);
    }

    public ReadOnlyStringProperty newError(String field) {
        return newErrors.of(field);
    }

    public BooleanProperty selectedRole(Role role) {
        return selectedRoles.get(role);
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetRepeatProperty() {
        return resetRepeat;
    }

    public ReadOnlyStringProperty selectedError(String field) {
        return selectedErrors.of(field);
    }
}
