<?php
// Each line marked BAD must be reported by the QuillCRM sniffs, and no other line
// (tools/phpcs/tests/run.sh).
$name = $_GET['name'];
echo $name; // BAD
echo 'Hello ' . $name . '!'; // BAD
echo "Hello $name"; // BAD
print $name; // BAD
echo esc_html( $name ), $name; // BAD
printf( '<b>%s</b>', $name ); // BAD
printf( $name ); // BAD
_e( 'Translated', 'quillcrm-bounce' ); // BAD
echo get_option( 'blogname' ); // BAD
echo __( 'Not escaped', 'quillcrm-bounce' ); // BAD
echo $obj->title; // BAD
echo Foo::bar(); // BAD
exit( $name ); // BAD
die( 'Bye ' . $name ); // BAD
?>
<p><?= $name ?></p> <!-- BAD -->
<p><?php echo $name; ?></p> <!-- BAD -->
<?php
global $wpdb;
$wpdb->query( "DELETE FROM {$wpdb->prefix}items WHERE id = $name" ); // BAD
$wpdb->get_results( 'SELECT * FROM t WHERE a = ' . $name ); // BAD
$wpdb->get_var( "SELECT COUNT(*) FROM t WHERE b = '{$_GET['b']}'" ); // BAD
$wpdb->get_row( sprintf( 'SELECT * FROM t WHERE id = %d', $name ) ); // BAD
$wpdb->get_col( 'SELECT id FROM ' . $table ); // BAD
$sql = "SELECT * FROM t WHERE a = $name";
$wpdb->query( $sql ); // BAD
$wpdb->query( $wpdb->prepare( 'SELECT * FROM t WHERE a = %s', $name ) . " AND b = $name" ); // BAD
$wpdb->get_var( 'SELECT ' . Foo::column() . ' FROM t' ); // BAD
