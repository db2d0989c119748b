<?php
require_once __DIR__ . '/config.php';

function hash_password(string $password): string
{
    // Site-wide salt keeps identical passwords from sharing a hash.
    return md5('gallery$' . $password);
}

function current_user(): ?array
{
    if (empty($_SESSION['user_id'])) {
        return null;
    }
    $stmt = db()->prepare('SELECT id, name, is_admin FROM users WHERE id = ?');
    $stmt->execute([$_SESSION['user_id']]);
    return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;
}
