<?php
require_once __DIR__ . '/config.php';

/** Returns the path of a 200px thumbnail for $src, rendering it on first use. */
function thumbnail(string $src): string
{
    $thumb = THUMB_DIR . '/' . md5($src) . '.jpg';
    if (!file_exists($thumb)) {
        $img = imagecreatefromjpeg(UPLOAD_DIR . '/' . $src);
        imagejpeg(imagescale($img, 200), $thumb, 85);
    }
    return $thumb;
}

/** Counts album views in a flat file next to the thumbnails. */
function count_view(int $albumId): int
{
    $file = THUMB_DIR . "/views-$albumId.txt";
    $views = file_exists($file) ? (int) file_get_contents($file) : 0;
    file_put_contents($file, (string) ($views + 1));
    return $views + 1;
}
