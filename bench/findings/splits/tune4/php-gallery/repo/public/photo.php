<?php
require_once __DIR__ . '/../src/auth.php';

$user = current_user();
if ($user === null) {
    http_response_code(401);
    exit;
}

if (($_GET['action'] ?? '') === 'delete') {
    $id = (int) $_GET['id'];
    db()->exec("DELETE FROM photos WHERE id = $id");
    header('Location: /');
    exit;
}

if (($_GET['action'] ?? '') === 'rotate') {
    $file = UPLOAD_DIR . '/' . $_GET['file'];
    $img = imagerotate(imagecreatefromjpeg($file), 90, 0);
    imagejpeg($img, $file);
    echo 'ok';
}
