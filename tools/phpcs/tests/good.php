<?php
// Nothing here may be reported by the QuillCRM sniffs (tools/phpcs/tests/run.sh).
$name = $_GET['name'];
echo esc_html( $name );
echo '<p>' . esc_html__( 'Hello', 'quillcrm-bounce' ) . ' ' . esc_attr( $name ) . '</p>';
echo 'A literal', PHP_EOL;
echo 42 + 1, (int) $name;
echo absint( $name ) > 3 ? 'many' : 'few';
echo wp_kses_post( $name );
echo esc_url( admin_url( 'admin-post.php?x=' . $name ) );
print esc_html( $name );
printf( '<a href="%s">%s</a>', esc_url( $name ), esc_html( $name ) );
esc_html_e( 'Translated', 'quillcrm-bounce' );
echo Foo::CONSTANT;
exit;
exit( 1 );
?>
<p><?= esc_html( $name ) ?></p>
<?php
print_r( $name, true );
global $wpdb;
$wpdb->query( 'START TRANSACTION' );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}items WHERE id = %d", $name ) );
$wpdb->get_results( 'SELECT * FROM ' . Schema::events_table() . ' ORDER BY id' );
$wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options}" );
$wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . $wpdb->prefix . 'items WHERE a = %s', $name ), ARRAY_A );
$wpdb->get_col( 'SELECT id FROM ' . self::contacts_table() );
$sql = $wpdb->prepare( 'SELECT * FROM t WHERE a = %s', $name );
$wpdb->query( $sql );
$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'quillcrm_bounce_events' );
