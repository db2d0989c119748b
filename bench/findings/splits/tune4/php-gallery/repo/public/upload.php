<?php
require_once __DIR__ . '/../src/auth.php';

$user = current_user();
if ($user === null) {
    http_response_code(401);
    exit;
}
if ($_FILES['photo']['size'] > MAX_UPLOAD) {
    http_response_code(413);
    exit;
}
$name = basename($_FILES['photo']['name']);
$target = UPLOAD_DIR . '/' . $name;
move_uploaded_file($_FILES['photo']['tmp_name'], $target);
$stmt = db()->prepare('INSERT INTO photos (album_id, file, caption) VALUES (?, ?, ?)');
$stmt->execute([(int) $_POST['album_id'], $name, $_POST['caption'] ?? '']);
header('Location: /album.php?id=' . (int) $_POST['album_id']);
